BRIEFINGS_SEARCH_WORDS("vin",{
"vingt":"0,30,8,2g,21;5o"
});
