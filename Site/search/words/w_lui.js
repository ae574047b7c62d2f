BRIEFINGS_SEARCH_WORDS("lui",{
"lui":"z,1,1u,b,4,a,a,m,y,21,1,3,2,3;3j",
"luigi":"1y,3g,20;1y,3g"
});
