BRIEFINGS_SEARCH_WORDS("auc",{
"aucun":"37,2,a,4,40;3n",
"aucune":"6f,r,2,7"
});
