BRIEFINGS_SEARCH_WORDS("gro",{
"ground":"7x,2",
"group":"1d,2u,8,3i,2;47,8",
"groupe":"1d,a,1n,x;1d",
"groupes":"h,a,k,16,q,2,1i,18,1,2,k,s,6,5,1,6;5z,3",
"groups":"2h,2d,31,4"
});
