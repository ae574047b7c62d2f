BRIEFINGS_SEARCH_WORDS("poi",{
"point":"18,1z,25,23",
"points":"o,6z"
});
