BRIEFINGS_SEARCH_WORDS("wom",{
"women":"49,2,m,k,1x,3,3;4b,m"
});
