BRIEFINGS_SEARCH_WORDS("tit",{
"titre":"23,b,v,3e,12;6n",
"titres":"2c"
});
