BRIEFINGS_SEARCH_WORDS("be",{
"be":"46,5,18,a,11,n,5,3,6,2;46,2o"
});
