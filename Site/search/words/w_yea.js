BRIEFINGS_SEARCH_WORDS("yea",{
"year":"46,36,a;46",
"years":"7c"
});
