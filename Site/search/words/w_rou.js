BRIEFINGS_SEARCH_WORDS("rou",{
"rouge":"u;u",
"roughly":"41,3v,2;41",
"round":"3z,w,w,1v,8,4;4v,w,23",
"route":"37,3t,j,2",
"routes":"5j,1z,9",
"rouvert":"z"
});
