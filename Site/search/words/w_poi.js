BRIEFINGS_SEARCH_WORDS("poi",{
"point":"18,20,27,20",
"points":"o,6z"
});
