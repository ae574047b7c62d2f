BRIEFINGS_SEARCH_WORDS("ari",{
"ariha":"1,36,17,1,3f;4f"
});
