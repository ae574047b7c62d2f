BRIEFINGS_SEARCH_WORDS("nav",{
"naval":"30,4g",
"navale":"30,8,2,1x,c,26,1;7p",
"navals":"5o,21;5o",
"navette":"3e,4k",
"navires":"3a,10,18,27,6",
"navy":"2l,4v"
});
