BRIEFINGS_SEARCH_WORDS("noc",{
"noc":"r,1h,1t,3w,1;41"
});
