BRIEFINGS_SEARCH_WORDS("wom",{
"women":"4e,2,m,k,25,3,3;4g,m"
});
