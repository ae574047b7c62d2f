BRIEFINGS_SEARCH_WORDS("ari",{
"ariha":"1,37,12,1,38;4b"
});
