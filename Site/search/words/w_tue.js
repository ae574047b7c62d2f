BRIEFINGS_SEARCH_WORDS("tue",{
"tue":"5c,1t,f,8;75",
"tues":"1,1h,m,2e,2,1f,e,18,3,1,6,4;4i,2,1t,1b,7",
"tuesday":"46,h,e,2,n,2,1,1,1m,2,8,3,1,2"
});
