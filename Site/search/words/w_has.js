BRIEFINGS_SEARCH_WORDS("has",{
"has":"3z,k,2,z,i,9,n,9,k,4,1,3,3,1,2,2;3z,k,2,z,r",
"hasard":"3w"
});
