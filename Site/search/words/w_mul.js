BRIEFINGS_SEARCH_WORDS("mul",{
"muller":"32",
"multiplie":"1y"
});
