BRIEFINGS_SEARCH_WORDS("yea",{
"year":"4c,3b,a",
"years":"7n"
});
