BRIEFINGS_SEARCH_WORDS("tol",{
"told":"5o,10,l,4,6;5o,10",
"tolerance":"39"
});
