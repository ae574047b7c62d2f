BRIEFINGS_SEARCH_WORDS("alt",{
"altun":"12,4c,1,1a,18,5;12,4c"
});
