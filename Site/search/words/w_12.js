BRIEFINGS_SEARCH_WORDS("12",{
"12":"2,q,1u,j,s,1,1,l,6,k,c,8,26,1,2,2,1,1,1,1"
});
