BRIEFINGS_SEARCH_WORDS("nav",{
"naval":"31,44",
"navale":"31,8,2,1r,c,20,1;7e",
"navals":"5k,1u;5k",
"navette":"3e,49",
"navires":"3b,v,17,21,6",
"navy":"2m,4j"
});
