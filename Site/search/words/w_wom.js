BRIEFINGS_SEARCH_WORDS("wom",{
"women":"4v,2,l,k,1x,3,3;4x,l"
});
