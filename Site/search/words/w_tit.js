BRIEFINGS_SEARCH_WORDS("tit",{
"titre":"23,b,v,3c,11;6l",
"titres":"2c"
});
