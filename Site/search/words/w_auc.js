BRIEFINGS_SEARCH_WORDS("auc",{
"aucun":"38,2,a,4,40;3o",
"aucune":"6g,r,2,7"
});
