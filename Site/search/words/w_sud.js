BRIEFINGS_SEARCH_WORDS("sud",{
"sud":"h,a,2g,q,17,n,1g,1,4,1,3,5,2;54"
});
