BRIEFINGS_SEARCH_WORDS("aga",{
"against":"42,m,1u,n,5,7,2;6i"
});
