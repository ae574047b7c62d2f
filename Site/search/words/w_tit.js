BRIEFINGS_SEARCH_WORDS("tit",{
"titre":"24,b,1h,33,y;6z",
"titres":"2d"
});
