BRIEFINGS_SEARCH_WORDS("nui",{
"nuit":"12,3d,1p,1,17,7;64"
});
