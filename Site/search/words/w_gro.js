BRIEFINGS_SEARCH_WORDS("gro",{
"ground":"7k,2",
"group":"1d,2o,8,3b,2;41,8",
"groupe":"1d,a,1n,r;1d",
"groupes":"h,a,k,16,q,2,1b,17,1,2,g,r,6,5,1,6;5r,3",
"groups":"2h,25,2w,4"
});
