BRIEFINGS_SEARCH_WORDS("auc",{
"aucun":"37,2,b,4,4d;3o",
"aucune":"6q,u,2,7"
});
