BRIEFINGS_SEARCH_WORDS("lui",{
"lui":"z,1,1t,b,4,b,a,q,10,29,1,3,2,3;3j,10",
"luigi":"1y,3m,28;1y"
});
