BRIEFINGS_SEARCH_WORDS("noc",{
"noc":"r,1h,1t,3x,1;41"
});
