BRIEFINGS_SEARCH_WORDS("poi",{
"point":"18,1z,2c,26",
"points":"o,79"
});
