BRIEFINGS_SEARCH_WORDS("lui",{
"lui":"z,1,1t,b,4,b,10,10,28,1,3,2,3;3j,10",
"luigi":"1y,3m,27;1y"
});
