BRIEFINGS_SEARCH_WORDS("tue",{
"tue":"5c,1u,f,8;76",
"tues":"1,1h,m,2e,2,1f,f,18,3,1,6,4;4i,2,1u,1b,7",
"tuesday":"49,e,e,2,n,2,1,1,1n,2,8,3,1,2"
});
