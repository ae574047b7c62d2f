BRIEFINGS_SEARCH_WORDS("poi",{
"point":"18,1z,27,23",
"points":"o,71"
});
