BRIEFINGS_SEARCH_WORDS("he",{
"he":"5i,u,b,n,1,3,4,2;5i,u,b"
});
