BRIEFINGS_SEARCH_WORDS("be",{
"be":"43,3,1i,v,j,3,5,3,6,2;46,2w"
});
