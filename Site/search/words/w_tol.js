BRIEFINGS_SEARCH_WORDS("tol",{
"told":"5t,h,n,q,4,6;5t,h,n",
"tolerance":"39"
});
