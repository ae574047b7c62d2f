BRIEFINGS_SEARCH_WORDS("nui",{
"nuit":"12,3z,1o,1,17,7;6p"
});
