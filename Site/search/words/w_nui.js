BRIEFINGS_SEARCH_WORDS("nui",{
"nuit":"12,3c,1p,1,17,7;63"
});
