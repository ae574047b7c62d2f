BRIEFINGS_SEARCH_WORDS("wel",{
"welcomed":"78",
"well":"7d"
});
