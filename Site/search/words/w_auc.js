BRIEFINGS_SEARCH_WORDS("auc",{
"aucun":"37,2,b,4,4c",
"aucune":"6p,u,2,7"
});
