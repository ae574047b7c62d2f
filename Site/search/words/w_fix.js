BRIEFINGS_SEARCH_WORDS("fix",{
"fixe":"84",
"fixer":"7t"
});
