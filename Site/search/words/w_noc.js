BRIEFINGS_SEARCH_WORDS("noc",{
"noc":"r,1i,2c,3m,1;4l"
});
