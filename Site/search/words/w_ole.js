BRIEFINGS_SEARCH_WORDS("ole",{
"oleoduc":"7m"
});
