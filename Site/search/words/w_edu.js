BRIEFINGS_SEARCH_WORDS("edu",{
"educational":"69,1q"
});
