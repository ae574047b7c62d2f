BRIEFINGS_SEARCH_WORDS("rou",{
"rouge":"u;u",
"roughly":"4l,3k,2",
"round":"4j,s,x,1n,8,4;5b,x,1v",
"route":"3u,3e,k,2",
"routes":"5z,1s,9",
"rouvert":"z"
});
