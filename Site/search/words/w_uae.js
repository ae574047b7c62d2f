BRIEFINGS_SEARCH_WORDS("uae",{
"uae":"z"
});
