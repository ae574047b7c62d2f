BRIEFINGS_SEARCH_WORDS("ajo",{
"ajoute":"5t,1k"
});
