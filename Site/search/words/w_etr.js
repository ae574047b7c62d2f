BRIEFINGS_SEARCH_WORDS("etr",{
"etrangere":"9,10,1s,8",
"etrangeres":"0,b,d,a,8,a,5,1,3,2,7,6,3,3,a,2,3,1,5,3,3,5,8,21,5,1o,1,6,1,7,1;5k",
"etrangers":"27,14,i,3n,7;3t,3u",
"etre":"2n,d,8,1,2,2a,h,q,h,4,2,9;5l",
"etroit":"4j,30;4j"
});
