BRIEFINGS_SEARCH_WORDS("vin",{
"vingt":"0,31,8,2b,1u;5k"
});
