BRIEFINGS_SEARCH_WORDS("yea",{
"year":"46,36,a",
"years":"7c"
});
