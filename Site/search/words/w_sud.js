BRIEFINGS_SEARCH_WORDS("sud",{
"sud":"h,a,33,q,18,n,1d,1,4,1,3,5,2;5s"
});
