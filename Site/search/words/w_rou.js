BRIEFINGS_SEARCH_WORDS("rou",{
"rouge":"u;u",
"roughly":"3z,3l,2",
"round":"3x,t,x,1n,8,4;4q,x,1v",
"route":"38,3g,j,2",
"routes":"5e,1s,9",
"rouvert":"z"
});
