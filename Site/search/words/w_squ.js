BRIEFINGS_SEARCH_WORDS("squ",{
"squeezing":"87"
});
