BRIEFINGS_SEARCH_WORDS("fiv",{
"five":"3w,k,k,2p,3,1,2,2;3w,k,k,2s"
});
