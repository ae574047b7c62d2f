BRIEFINGS_SEARCH_WORDS("poi",{
"point":"18,1z,2d,27",
"points":"o,7b"
});
