BRIEFINGS_SEARCH_WORDS("jui",{
"juillet":"j,1d,e",
"juin":"1a"
});
