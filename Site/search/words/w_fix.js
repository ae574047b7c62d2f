BRIEFINGS_SEARCH_WORDS("fix",{
"fixe":"7j",
"fixer":"78"
});
