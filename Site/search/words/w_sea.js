BRIEFINGS_SEARCH_WORDS("sea",{
"sea":"3v,3n,c",
"seas":"7i",
"seat":"68,1e"
});
