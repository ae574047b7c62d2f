BRIEFINGS_SEARCH_WORDS("auc",{
"aucun":"37,2,b,4,4c;3o",
"aucune":"6p,u,2,7"
});
