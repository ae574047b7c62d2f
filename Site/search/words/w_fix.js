BRIEFINGS_SEARCH_WORDS("fix",{
"fixe":"7v",
"fixer":"7k"
});
