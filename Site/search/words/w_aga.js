BRIEFINGS_SEARCH_WORDS("aga",{
"against":"4p,l,1u,n,5,7,2;74"
});
