BRIEFINGS_SEARCH_WORDS("sor",{
"sort":"15,c,o,52",
"sortie":"j"
});
