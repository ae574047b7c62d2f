BRIEFINGS_SEARCH_WORDS("it",{
"it":"40,2,k,1,3,t,z,1,n,4,1,3,3,1,2,2;42,l,1v"
});
