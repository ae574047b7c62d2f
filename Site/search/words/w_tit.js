BRIEFINGS_SEARCH_WORDS("tit",{
"titre":"23,b,v,3d,12;6m",
"titres":"2c"
});
