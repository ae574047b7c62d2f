BRIEFINGS_SEARCH_WORDS("fix",{
"fixe":"7i",
"fixer":"77"
});
