BRIEFINGS_SEARCH_WORDS("sor",{
"sort":"15,c,n,59,6",
"sortie":"j"
});
