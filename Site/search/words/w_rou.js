BRIEFINGS_SEARCH_WORDS("rou",{
"rouge":"u;u",
"roughly":"43,3r,2;43",
"round":"41,t,w,1u,8,4;4u,w,22",
"route":"37,3s,i,2",
"routes":"5i,1y,9",
"rouvert":"z"
});
