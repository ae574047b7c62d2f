BRIEFINGS_SEARCH_WORDS("tol",{
"told":"6a,z,m,4,6;6a,z",
"tolerance":"3w"
});
