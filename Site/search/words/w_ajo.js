BRIEFINGS_SEARCH_WORDS("ajo",{
"ajoute":"5s,1k"
});
