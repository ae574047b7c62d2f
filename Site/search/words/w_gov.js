BRIEFINGS_SEARCH_WORDS("gov",{
"government":"9,2,9,4,1,9,1,2,3,2,5,1,9,1,t,4,2,9,2,1,g,r,4,n,4,r,3,e,f,3,3,l,3,4,1,3,3,1,2,2;3d,r,r,4,1q,3,l"
});
