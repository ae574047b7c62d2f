BRIEFINGS_SEARCH_WORDS("it",{
"it":"43,2,p,1,3,t,12,1,n,4,1,3,3,1,2,2;45,q,1y,1"
});
