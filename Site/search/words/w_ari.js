BRIEFINGS_SEARCH_WORDS("ari",{
"ariha":"1,3a,j,12,1,38;3b,1m"
});
