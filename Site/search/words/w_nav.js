BRIEFINGS_SEARCH_WORDS("nav",{
"naval":"30,48",
"navale":"30,8,2,1t,b,23,1;7h",
"navals":"5k,1x;5k",
"navette":"3d,4d",
"navires":"3a,v,18,24,6",
"navy":"2l,4n"
});
