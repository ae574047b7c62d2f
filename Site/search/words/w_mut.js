BRIEFINGS_SEARCH_WORDS("mut",{
"mutuelles":"7n"
});
