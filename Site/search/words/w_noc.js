BRIEFINGS_SEARCH_WORDS("noc",{
"noc":"r,1h,1v,3t,1;43"
});
