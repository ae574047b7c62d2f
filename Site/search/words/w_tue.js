BRIEFINGS_SEARCH_WORDS("tue",{
"tue":"56,1l,g,8;6r",
"tues":"1,1h,n,28,3,1d,b,14,3,1,6,4;4d,3,1o,17,7",
"tuesday":"44,r,2,k,4,2,1,1f,2,8,3,1,2"
});
