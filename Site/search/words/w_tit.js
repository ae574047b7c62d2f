BRIEFINGS_SEARCH_WORDS("tit",{
"titre":"23,b,v,32,11;6b",
"titres":"2c"
});
