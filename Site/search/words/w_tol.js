BRIEFINGS_SEARCH_WORDS("tol",{
"told":"5o,z,p,4,6;5o,z",
"tolerance":"39"
});
