BRIEFINGS_SEARCH_WORDS("sor",{
"sort":"15,c,n,52",
"sortie":"j"
});
