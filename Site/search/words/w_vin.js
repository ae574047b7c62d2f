BRIEFINGS_SEARCH_WORDS("vin",{
"vingt":"0,30,8,2h,23;5p"
});
