BRIEFINGS_SEARCH_WORDS("aga",{
"against":"43,m,1u,n,5,7,2;6j"
});
