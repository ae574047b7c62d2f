BRIEFINGS_SEARCH_WORDS("sor",{
"sort":"15,c,o,5n",
"sortie":"j"
});
