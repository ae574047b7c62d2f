BRIEFINGS_SEARCH_WORDS("pop",{
"populated":"5i,1w"
});
