BRIEFINGS_SEARCH_WORDS("wom",{
"women":"48,2,k,k,20,3,3;4a,k"
});
