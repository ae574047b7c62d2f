BRIEFINGS_SEARCH_WORDS("poi",{
"point":"18,20,26,20",
"points":"o,6y"
});
