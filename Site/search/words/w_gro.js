BRIEFINGS_SEARCH_WORDS("gro",{
"ground":"7v,2",
"group":"1d,2r,b,3g,2;44,b",
"groupe":"1d,a,1n,u;1d",
"groupes":"h,a,k,16,q,2,1i,18,1,2,j,r,6,5,1,6;5z,3",
"groups":"2h,2d,2z,4"
});
