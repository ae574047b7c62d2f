BRIEFINGS_SEARCH_WORDS("alt",{
"altun":"12,3w,1,1d,1d,5;12,3w"
});
