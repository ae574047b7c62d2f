BRIEFINGS_SEARCH_WORDS("tue",{
"tue":"56,1m,f,8;6s",
"tues":"1,1h,m,28,3,1e,b,14,3,1,6,4;4c,3,1p,17,7",
"tuesday":"43,s,2,k,4,2,1,1f,2,8,3,1,2"
});
