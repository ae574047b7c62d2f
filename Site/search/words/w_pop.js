BRIEFINGS_SEARCH_WORDS("pop",{
"populated":"5m,1s"
});
