BRIEFINGS_SEARCH_WORDS("wel",{
"welcomed":"7f,3",
"well":"7n"
});
