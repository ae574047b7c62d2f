BRIEFINGS_SEARCH_WORDS("wel",{
"welcomed":"76",
"well":"7b"
});
