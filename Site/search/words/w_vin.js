BRIEFINGS_SEARCH_WORDS("vin",{
"vingt":"0,31,8,2c,1u;5l"
});
