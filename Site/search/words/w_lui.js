BRIEFINGS_SEARCH_WORDS("lui",{
"lui":"z,1,1u,b,q,a,a,m,y,21,1,3,2,3;45",
"luigi":"1y,42,20;1y,42"
});
