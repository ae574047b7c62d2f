BRIEFINGS_SEARCH_WORDS("aga",{
"against":"42,k,1w,o,5,7,2;6i"
});
