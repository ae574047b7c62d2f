BRIEFINGS_SEARCH_WORDS("tue",{
"tue":"57,1m,f,8;6t",
"tues":"1,1h,n,28,3,1e,b,14,3,1,6,4;4d,3,1p,17,7",
"tuesday":"44,s,2,k,4,2,1,1f,2,8,3,1,2"
});
