BRIEFINGS_SEARCH_WORDS("ajo",{
"ajoute":"5x,1q"
});
