BRIEFINGS_SEARCH_WORDS("yea",{
"year":"46,33,a;46",
"years":"79"
});
