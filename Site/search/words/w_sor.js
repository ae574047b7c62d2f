BRIEFINGS_SEARCH_WORDS("sor",{
"sort":"15,c,o,51",
"sortie":"j"
});
