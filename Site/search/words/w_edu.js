BRIEFINGS_SEARCH_WORDS("edu",{
"educational":"5o,1q"
});
