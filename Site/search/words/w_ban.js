BRIEFINGS_SEARCH_WORDS("ban",{
"bande":"3w"
});
