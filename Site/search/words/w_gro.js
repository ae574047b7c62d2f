BRIEFINGS_SEARCH_WORDS("gro",{
"ground":"7u,2",
"group":"1d,2t,8,3g,2;46,8",
"groupe":"1d,a,1n,w;1d",
"groupes":"h,a,k,16,q,2,1h,18,1,2,j,r,6,5,1,6;5y,3",
"groups":"2h,2c,2z,4"
});
