BRIEFINGS_SEARCH_WORDS("pop",{
"populated":"5q,1z"
});
