BRIEFINGS_SEARCH_WORDS("tol",{
"told":"5l,10,p,4,6;5l,10",
"tolerance":"39"
});
