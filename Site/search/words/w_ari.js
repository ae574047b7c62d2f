BRIEFINGS_SEARCH_WORDS("ari",{
"ariha":"1,36,12,1,39;4a"
});
