BRIEFINGS_SEARCH_WORDS("poi",{
"point":"18,2m,26,20",
"points":"o,7k"
});
