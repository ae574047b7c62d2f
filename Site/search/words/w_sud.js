BRIEFINGS_SEARCH_WORDS("sud",{
"sud":"h,a,2g,v,19,n,1j,1,4,1,3,5,2;5b"
});
