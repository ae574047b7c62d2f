BRIEFINGS_SEARCH_WORDS("tit",{
"titre":"23,b,v,34,y;6d",
"titres":"2c"
});
