BRIEFINGS_SEARCH_WORDS("tab",{
"table":"7m"
});
