BRIEFINGS_SEARCH_WORDS("has",{
"has":"3c,k,2,10,i,9,q,a,j,4,1,3,3,1,2,2;3c,k,2,10,r,q",
"hasard":"39"
});
