BRIEFINGS_SEARCH_WORDS("sud",{
"sud":"h,a,2g,w,19,n,1l,1,4,1,3,5,2;5c"
});
