BRIEFINGS_SEARCH_WORDS("it",{
"it":"41,2,l,1,3,u,v,1,n,4,1,3,3,1,2,2;43,m,1t"
});
