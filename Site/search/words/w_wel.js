BRIEFINGS_SEARCH_WORDS("wel",{
"welcomed":"7g,3",
"well":"7o"
});
