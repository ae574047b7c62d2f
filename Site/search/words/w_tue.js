BRIEFINGS_SEARCH_WORDS("tue",{
"tue":"5s,1l,g,8;7d",
"tues":"1,1h,n,2u,3,1d,b,14,3,1,6,4;4z,3,1o,17,7",
"tuesday":"4q,r,2,k,4,2,1,1f,2,8,3,1,2"
});
