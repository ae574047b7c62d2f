BRIEFINGS_SEARCH_WORDS("nav",{
"naval":"31,4q",
"navale":"31,u,2,1r,c,20,1;80",
"navals":"66,1u;66",
"navette":"40,49",
"navires":"3x,v,17,21,6",
"navy":"2m,55"
});
