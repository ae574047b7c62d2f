BRIEFINGS_SEARCH_WORDS("rou",{
"rouge":"u;u",
"roughly":"3z,3k,2",
"round":"3x,s,x,1n,8,4;4p,x,1v",
"route":"38,3e,k,2",
"routes":"5d,1s,9",
"rouvert":"z"
});
