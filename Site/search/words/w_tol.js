BRIEFINGS_SEARCH_WORDS("tol",{
"told":"5o,z,m,4,6;5o,z",
"tolerance":"3a"
});
