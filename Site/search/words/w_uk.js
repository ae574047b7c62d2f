BRIEFINGS_SEARCH_WORDS("uk",{
"uk":"j,1v,6"
});
