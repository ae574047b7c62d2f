BRIEFINGS_SEARCH_WORDS("has",{
"has":"3d,j,6,2,10,i,9,e,g,a,1,j,4,1,3,3,1,2,2;3d,j,6,2,10,r,u,b",
"hasard":"39"
});
