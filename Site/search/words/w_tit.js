BRIEFINGS_SEARCH_WORDS("tit",{
"titre":"24,b,v,33,y;6d",
"titres":"2d"
});
