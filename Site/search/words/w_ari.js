BRIEFINGS_SEARCH_WORDS("ari",{
"ariha":"1,36,18,1,3h;4g"
});
