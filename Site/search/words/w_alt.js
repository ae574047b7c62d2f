BRIEFINGS_SEARCH_WORDS("alt",{
"altun":"12,3v,1,1c,1c,5;12,3v"
});
