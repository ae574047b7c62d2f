BRIEFINGS_SEARCH_WORDS("tab",{
"table":"88"
});
