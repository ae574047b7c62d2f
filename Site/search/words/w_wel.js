BRIEFINGS_SEARCH_WORDS("wel",{
"welcomed":"7e,3",
"well":"7m"
});
