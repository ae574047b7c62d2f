BRIEFINGS_SEARCH_WORDS("wom",{
"women":"48,2,m,k,1x,3,3;4a,m"
});
