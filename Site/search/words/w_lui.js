BRIEFINGS_SEARCH_WORDS("lui",{
"lui":"z,1,1t,b,4,a,a,m,z,21,1,3,2,3;3i",
"luigi":"1y,3g,20;1y,3g"
});
