BRIEFINGS_SEARCH_WORDS("aga",{
"against":"47,m,1z,l,3,5,7,2;6s"
});
