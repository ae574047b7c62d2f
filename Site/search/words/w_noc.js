BRIEFINGS_SEARCH_WORDS("noc",{
"noc":"r,1h,1w,3v,1;44"
});
