BRIEFINGS_SEARCH_WORDS("tue",{
"tue":"5b,1t,e,8;74",
"tues":"1,1h,m,2d,2,1f,e,17,3,1,6,4;4h,2,1t,1a,7",
"tuesday":"48,e,e,2,n,2,1,1,1l,2,8,3,1,2"
});
