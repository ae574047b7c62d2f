BRIEFINGS_SEARCH_WORDS("ajo",{
"ajoute":"6e,1k"
});
