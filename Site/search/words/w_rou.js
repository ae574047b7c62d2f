BRIEFINGS_SEARCH_WORDS("rou",{
"rouge":"u;u",
"roughly":"3y,3l,2",
"round":"3w,t,x,1n,8,4;4p,x,1v",
"route":"37,3g,j,2",
"routes":"5d,1s,9",
"rouvert":"z"
});
