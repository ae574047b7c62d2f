BRIEFINGS_SEARCH_WORDS("nui",{
"nuit":"12,3b,1o,1,1a,7;61"
});
