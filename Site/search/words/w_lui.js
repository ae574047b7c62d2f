BRIEFINGS_SEARCH_WORDS("lui",{
"lui":"z,1,1t,b,4,b,a,p,10,27,1,3,2,3;3j,z",
"luigi":"1y,3l,26;1y"
});
