BRIEFINGS_SEARCH_WORDS("wom",{
"women":"49,2,l,k,1x,3,3;4b,l"
});
