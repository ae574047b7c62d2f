BRIEFINGS_SEARCH_WORDS("has",{
"has":"3d,j,5,2,10,i,9,d,g,a,1,i,4,1,3,3,1,2,2;3d,j,5,2,10,r,t,b",
"hasard":"39"
});
