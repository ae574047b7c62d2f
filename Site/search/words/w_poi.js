BRIEFINGS_SEARCH_WORDS("poi",{
"point":"18,1z,27,20",
"points":"o,6y"
});
