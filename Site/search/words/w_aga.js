BRIEFINGS_SEARCH_WORDS("aga",{
"against":"42,m,1w,o,5,7,2;6k"
});
