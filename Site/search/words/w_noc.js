BRIEFINGS_SEARCH_WORDS("noc",{
"noc":"r,1i,1q,3m,1;3z"
});
