BRIEFINGS_SEARCH_WORDS("he",{
"he":"5l,t,b,n,1,3,4,2;5l,t,b"
});
