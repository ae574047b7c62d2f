BRIEFINGS_SEARCH_WORDS("gro",{
"ground":"7m,2",
"group":"1d,2o,8,3d,2;49",
"groupe":"1d,a,1n,r;1d",
"groupes":"h,a,k,16,q,2,1d,17,1,2,g,r,6,5,1,6;5t",
"groups":"2h,27,2w,4"
});
