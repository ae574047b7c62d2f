BRIEFINGS_SEARCH_WORDS("be",{
"be":"48,3,17,a,11,n,5,3,6,2;48,2l"
});
