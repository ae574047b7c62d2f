BRIEFINGS_SEARCH_WORDS("nav",{
"naval":"30,4i",
"navale":"30,8,2,1y,c,27,1;7r",
"navals":"5p,22",
"navette":"3e,4m",
"navires":"3a,y,1b,28,6",
"navy":"2l,4x"
});
