BRIEFINGS_SEARCH_WORDS("squ",{
"squeezing":"7l"
});
