BRIEFINGS_SEARCH_WORDS("12",{
"12":"2,q,1t,j,6,2,1,n,6,o,c,7,2d,1,2,2,1,1,1,1"
});
