BRIEFINGS_SEARCH_WORDS("has",{
"has":"3c,k,2,y,i,9,q,a,j,4,1,3,3,1,2,2;3c,k,2,y,r,q",
"hasard":"39"
});
