BRIEFINGS_SEARCH_WORDS("tol",{
"told":"5t,g,n,q,4,6;5t,g,n",
"tolerance":"39"
});
