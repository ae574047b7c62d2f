BRIEFINGS_SEARCH_WORDS("etr",{
"etrangere":"9,10,1r,8",
"etrangeres":"0,b,d,a,8,a,5,1,3,2,7,5,3,3,a,2,3,1,5,3,3,5,9,26,4,1x,1,6,1,7,1;5o",
"etrangers":"26,14,j,10,30,7;3t,47",
"etre":"2m,d,8,1,2,2f,i,y,h,4,2,9;5p,i",
"etroit":"4m,3a;4m"
});
