BRIEFINGS_SEARCH_WORDS("nos",{
"nosra":"4,1b"
});
