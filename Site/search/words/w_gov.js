BRIEFINGS_SEARCH_WORDS("gov",{
"government":"9,2,9,4,1,9,1,2,3,2,5,1,9,1,t,4,2,9,2,1,g,s,4,n,4,r,3,f,f,3,3,m,3,4,1,3,3,1,2,2;3d,s,r,4,1r,3,m"
});
