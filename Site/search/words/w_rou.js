BRIEFINGS_SEARCH_WORDS("rou",{
"rouge":"u;u",
"roughly":"41,3u,2;41",
"round":"3z,w,w,1u,8,4;4v,w,22",
"route":"37,3t,i,2",
"routes":"5j,1y,9",
"rouvert":"z"
});
