BRIEFINGS_SEARCH_WORDS("be",{
"be":"44,3,1h,t,l,3,5,3,6,2;47,2v"
});
