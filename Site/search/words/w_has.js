BRIEFINGS_SEARCH_WORDS("has",{
"has":"3d,k,2,10,i,9,n,a,j,4,1,3,3,1,2,2;3d,k,2,10,r",
"hasard":"3a"
});
