BRIEFINGS_SEARCH_WORDS("it",{
"it":"4n,2,l,1,3,u,v,1,n,4,1,3,3,1,2,2;4p,m,1t"
});
