BRIEFINGS_SEARCH_WORDS("be",{
"be":"49,3,17,a,12,o,5,3,6,2;49,2m"
});
