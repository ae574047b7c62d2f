BRIEFINGS_SEARCH_WORDS("wom",{
"women":"4d,2,m,k,23,3,3;4f,m"
});
