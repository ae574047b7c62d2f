BRIEFINGS_SEARCH_WORDS("pop",{
"populated":"5l,1s"
});
