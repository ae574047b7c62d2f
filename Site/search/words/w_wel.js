BRIEFINGS_SEARCH_WORDS("wel",{
"welcomed":"7r",
"well":"7w"
});
