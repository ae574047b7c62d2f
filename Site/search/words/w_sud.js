BRIEFINGS_SEARCH_WORDS("sud",{
"sud":"h,a,2g,t,1c,n,1j,1,4,1,3,5,2;5c"
});
