BRIEFINGS_SEARCH_WORDS("12",{
"12":"2,q,1t,j,6,2,1,q,6,l,c,7,2f,1,2,2,1,1,1,1"
});
