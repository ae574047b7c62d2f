BRIEFINGS_SEARCH_WORDS("wel",{
"welcomed":"75",
"well":"7a"
});
