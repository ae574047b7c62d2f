BRIEFINGS_SEARCH_WORDS("nui",{
"nuit":"12,3g,1s,2,1a,7;6a"
});
