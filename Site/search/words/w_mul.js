BRIEFINGS_SEARCH_WORDS("mul",{
"muller":"31",
"multiplie":"1y"
});
