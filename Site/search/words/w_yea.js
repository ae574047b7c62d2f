BRIEFINGS_SEARCH_WORDS("yea",{
"year":"4b,3b,a",
"years":"7m"
});
