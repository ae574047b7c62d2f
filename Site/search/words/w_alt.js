BRIEFINGS_SEARCH_WORDS("alt",{
"altun":"12,3q,1,1a,18,5;12,3q"
});
