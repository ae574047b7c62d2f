BRIEFINGS_SEARCH_WORDS("nav",{
"naval":"31,45",
"navale":"31,8,2,1s,c,20,1;7f",
"navals":"5l,1u;5l",
"navette":"3e,4a",
"navires":"3b,v,18,21,6",
"navy":"2m,4k"
});
