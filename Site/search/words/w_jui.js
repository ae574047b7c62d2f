BRIEFINGS_SEARCH_WORDS("jui",{
"juillet":"j,1d,d",
"juin":"1a"
});
