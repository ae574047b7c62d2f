BRIEFINGS_SEARCH_WORDS("fix",{
"fixe":"7w",
"fixer":"7l"
});
