BRIEFINGS_SEARCH_WORDS("tit",{
"titre":"24,b,v,34,y;6e",
"titres":"2d"
});
