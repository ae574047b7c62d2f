BRIEFINGS_SEARCH_WORDS("rou",{
"rouge":"u;u",
"roughly":"3y,3m,2",
"round":"3w,r,w,1r,8,4;4n,w,1z",
"route":"37,3h,j,2",
"routes":"5b,1v,9",
"rouvert":"z"
});
