BRIEFINGS_SEARCH_WORDS("poi",{
"point":"18,1z,2d,26",
"points":"o,7a"
});
