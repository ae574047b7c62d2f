BRIEFINGS_SEARCH_WORDS("aga",{
"against":"45,p,1z,l,3,5,7,2;6t"
});
