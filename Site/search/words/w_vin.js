BRIEFINGS_SEARCH_WORDS("vin",{
"vingt":"0,30,8,2c,1u;5k"
});
