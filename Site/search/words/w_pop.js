BRIEFINGS_SEARCH_WORDS("pop",{
"populated":"5p,1z"
});
