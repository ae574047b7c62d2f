BRIEFINGS_SEARCH_WORDS("gov",{
"government":"9,2,9,4,1,9,1,2,3,2,5,1,9,1,u,4,2,9,2,1,11,n,4,m,4,n,5,s,1,3,n,4,1,3,3,1,2,2;3z,n,q,4,1o"
});
