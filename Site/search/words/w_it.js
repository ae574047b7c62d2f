BRIEFINGS_SEARCH_WORDS("it",{
"it":"40,2,m,1,3,u,w,1,m,4,1,3,3,1,2,2;42,n,1t"
});
