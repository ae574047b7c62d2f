BRIEFINGS_SEARCH_WORDS("nav",{
"naval":"30,45",
"navale":"30,8,2,1s,c,20,1;7e",
"navals":"5k,1u;5k",
"navette":"3d,4a",
"navires":"3a,v,18,21,6",
"navy":"2l,4k"
});
