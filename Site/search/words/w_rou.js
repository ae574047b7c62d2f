BRIEFINGS_SEARCH_WORDS("rou",{
"rouge":"u;u",
"roughly":"44,3t,2;44",
"round":"42,t,w,1w,8,4;4v,w,24",
"route":"37,3u,j,2",
"routes":"5j,20,9",
"rouvert":"z"
});
