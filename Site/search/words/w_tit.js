BRIEFINGS_SEARCH_WORDS("tit",{
"titre":"23,b,v,3d,11;6m",
"titres":"2c"
});
