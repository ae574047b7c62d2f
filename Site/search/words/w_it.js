BRIEFINGS_SEARCH_WORDS("it",{
"it":"45,2,m,1,3,t,12,1,n,4,1,3,3,1,2,2;47,n,1y,1"
});
