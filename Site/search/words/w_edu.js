BRIEFINGS_SEARCH_WORDS("edu",{
"educational":"5n,1q"
});
