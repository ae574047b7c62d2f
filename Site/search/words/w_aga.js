BRIEFINGS_SEARCH_WORDS("aga",{
"against":"43,l,1u,n,5,7,2;6i"
});
