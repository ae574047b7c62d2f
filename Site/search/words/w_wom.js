BRIEFINGS_SEARCH_WORDS("wom",{
"women":"48,2,m,k,20,3,3;4a,m"
});
