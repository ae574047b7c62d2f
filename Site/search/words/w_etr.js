BRIEFINGS_SEARCH_WORDS("etr",{
"etrangere":"9,10,1s,8",
"etrangeres":"0,b,d,a,8,a,5,1,3,2,7,6,3,3,a,2,3,1,5,3,3,5,8,20,5,19,f,1,6,1,7,1;5j",
"etrangers":"27,14,i,3m,7;3t,3t",
"etre":"2n,d,8,1,2,29,h,p,i,4,2,9;5k,h",
"etroit":"4j,2z;4j"
});
