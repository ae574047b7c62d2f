BRIEFINGS_SEARCH_WORDS("tol",{
"told":"5p,10,l,4,6;5p,10",
"tolerance":"3a"
});
