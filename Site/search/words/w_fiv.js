BRIEFINGS_SEARCH_WORDS("fiv",{
"five":"3w,j,k,2p,3,1,2,2;3w,j,k,2s"
});
