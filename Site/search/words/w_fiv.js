BRIEFINGS_SEARCH_WORDS("fiv",{
"five":"4a,i,2m,3,1,2,2;4a,i,2p"
});
