BRIEFINGS_SEARCH_WORDS("etr",{
"etrangere":"9,10,1r,8",
"etrangeres":"0,b,d,a,8,a,5,1,3,2,7,5,3,3,a,2,3,1,5,3,3,5,8,1z,4,1s,1,6,1,7,1;5g",
"etrangers":"26,14,i,3o,7;3s,3v",
"etre":"2m,d,8,1,2,27,i,t,h,4,2,9;5h",
"etroit":"4g,33;4g"
});
