BRIEFINGS_SEARCH_WORDS("tol",{
"told":"5t,g,n,p,4,6;5t,g,n",
"tolerance":"39"
});
