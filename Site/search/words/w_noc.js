BRIEFINGS_SEARCH_WORDS("noc",{
"noc":"r,1h,1q,3n,1;3y"
});
