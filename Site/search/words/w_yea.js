BRIEFINGS_SEARCH_WORDS("yea",{
"year":"46,34,a",
"years":"7a"
});
