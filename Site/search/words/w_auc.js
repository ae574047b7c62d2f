BRIEFINGS_SEARCH_WORDS("auc",{
"aucun":"37,2,b,4,4a;3o",
"aucune":"6o,t,2,7"
});
