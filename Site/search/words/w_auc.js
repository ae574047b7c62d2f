BRIEFINGS_SEARCH_WORDS("auc",{
"aucun":"38,2,a,4,3z;3o",
"aucune":"6f,r,2,7"
});
