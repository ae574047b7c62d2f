BRIEFINGS_SEARCH_WORDS("auc",{
"aucun":"37,2,b,4,4b;3o",
"aucune":"6p,t,2,7"
});
