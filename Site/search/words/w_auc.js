BRIEFINGS_SEARCH_WORDS("auc",{
"aucun":"37,2,a,4,43;3n",
"aucune":"6g,t,2,7"
});
