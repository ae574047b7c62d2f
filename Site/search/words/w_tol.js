BRIEFINGS_SEARCH_WORDS("tol",{
"told":"5s,g,n,p,4,6;5s,g,n",
"tolerance":"39"
});
