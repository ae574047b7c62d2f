BRIEFINGS_SEARCH_WORDS("vin",{
"vingt":"0,31,u,2b,1u;66"
});
