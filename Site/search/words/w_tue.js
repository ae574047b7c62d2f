BRIEFINGS_SEARCH_WORDS("tue",{
"tue":"56,1p,f,8;6v",
"tues":"1,1h,m,28,3,1e,b,17,3,1,6,4;4c,3,1p,1a,7",
"tuesday":"43,s,2,k,4,2,1,1i,2,8,3,1,2"
});
