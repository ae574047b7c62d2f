BRIEFINGS_SEARCH_WORDS("etr",{
"etrangere":"9,10,1r,8",
"etrangeres":"0,b,d,a,8,a,5,1,3,2,7,5,3,3,a,2,3,1,5,3,3,5,9,25,4,1v,1,6,1,7,1;5n",
"etrangers":"26,14,j,z,2y,7;3t,44",
"etre":"2m,d,8,1,2,2e,h,y,g,4,2,9;5o,h",
"etroit":"4l,38;4l"
});
