BRIEFINGS_SEARCH_WORDS("wel",{
"welcomed":"7d,3",
"well":"7l"
});
