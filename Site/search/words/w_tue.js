BRIEFINGS_SEARCH_WORDS("tue",{
"tue":"54,1p,f,8;6t",
"tues":"1,1h,m,28,2,1d,b,17,3,1,6,4;4c,2,1o,1a,7",
"tuesday":"43,q,2,n,2,1,1,1i,2,8,3,1,2"
});
