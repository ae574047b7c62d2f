BRIEFINGS_SEARCH_WORDS("mut",{
"mutuelles":"89"
});
