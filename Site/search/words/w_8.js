BRIEFINGS_SEARCH_WORDS("8",{
"8":"q,8,c,c,c,20,4b"
});
