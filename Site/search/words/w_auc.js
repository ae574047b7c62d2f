BRIEFINGS_SEARCH_WORDS("auc",{
"aucun":"37,2,a,4,41;3n",
"aucune":"6e,t,2,7"
});
