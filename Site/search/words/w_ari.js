BRIEFINGS_SEARCH_WORDS("ari",{
"ariha":"1,37,12,1,39;4b"
});
