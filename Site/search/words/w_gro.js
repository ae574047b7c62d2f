BRIEFINGS_SEARCH_WORDS("gro",{
"ground":"7j,2",
"group":"1d,2o,8,3a,2;49",
"groupe":"1d,a,1n,r;1d",
"groupes":"h,a,k,16,q,2,1d,17,1,2,g,o,6,5,1,6;5t",
"groups":"2h,27,2t,4"
});
