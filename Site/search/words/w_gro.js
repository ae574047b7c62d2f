BRIEFINGS_SEARCH_WORDS("gro",{
"ground":"7w,2",
"group":"1d,2q,c,3h,2;43,c",
"groupe":"1d,a,1n,t;1d",
"groupes":"h,a,k,16,q,2,1i,18,1,2,j,r,7,5,1,6;5z,3,1a",
"groups":"2h,2d,30,4"
});
