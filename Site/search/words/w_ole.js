BRIEFINGS_SEARCH_WORDS("ole",{
"oleoduc":"88"
});
