BRIEFINGS_SEARCH_WORDS("sea",{
"sea":"3v,3m,c",
"seas":"7h",
"seat":"68,1d"
});
