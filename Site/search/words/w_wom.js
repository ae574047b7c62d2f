BRIEFINGS_SEARCH_WORDS("wom",{
"women":"4d,3,m,k,23,3,3;4g,m"
});
