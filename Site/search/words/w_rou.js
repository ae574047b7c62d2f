BRIEFINGS_SEARCH_WORDS("rou",{
"rouge":"u;u",
"roughly":"3y,3o,2",
"round":"3w,t,x,1q,8,4;4p,x,1y",
"route":"37,3j,j,2",
"routes":"5d,1v,9",
"rouvert":"z"
});
