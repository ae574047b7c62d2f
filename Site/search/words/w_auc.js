BRIEFINGS_SEARCH_WORDS("auc",{
"aucun":"3u,2,a,4,3z;4a",
"aucune":"71,r,2,7"
});
