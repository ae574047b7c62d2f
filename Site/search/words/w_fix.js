BRIEFINGS_SEARCH_WORDS("fix",{
"fixe":"7u",
"fixer":"7j"
});
