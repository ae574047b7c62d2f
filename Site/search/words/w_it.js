BRIEFINGS_SEARCH_WORDS("it",{
"it":"41,2,m,1,3,u,w,1,m,4,1,3,3,1,2,2;43,n,1t"
});
