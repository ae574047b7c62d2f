BRIEFINGS_SEARCH_WORDS("noc",{
"noc":"r,1h,1q,3o,1;3y"
});
