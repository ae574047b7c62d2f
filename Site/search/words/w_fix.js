BRIEFINGS_SEARCH_WORDS("fix",{
"fixe":"7t",
"fixer":"7i"
});
