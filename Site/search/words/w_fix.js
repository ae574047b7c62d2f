BRIEFINGS_SEARCH_WORDS("fix",{
"fixe":"7l",
"fixer":"7a"
});
