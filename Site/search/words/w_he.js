BRIEFINGS_SEARCH_WORDS("he",{
"he":"5m,t,8,n,1,3,4,2;5m,t,8"
});
