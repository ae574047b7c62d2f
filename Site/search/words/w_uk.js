BRIEFINGS_SEARCH_WORDS("uk",{
"uk":"j,1u,6"
});
