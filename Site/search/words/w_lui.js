BRIEFINGS_SEARCH_WORDS("lui",{
"lui":"z,1,1t,b,4,b,10,10,27,1,3,2,3;3j,10",
"luigi":"1y,3m,26;1y"
});
