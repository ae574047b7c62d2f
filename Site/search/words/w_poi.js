BRIEFINGS_SEARCH_WORDS("poi",{
"point":"18,1z,2d,28",
"points":"o,7c"
});
