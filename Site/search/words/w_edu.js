BRIEFINGS_SEARCH_WORDS("edu",{
"educational":"5s,1z"
});
