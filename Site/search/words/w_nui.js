BRIEFINGS_SEARCH_WORDS("nui",{
"nuit":"12,3d,1o,1,17,7;63"
});
