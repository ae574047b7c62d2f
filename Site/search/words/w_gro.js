BRIEFINGS_SEARCH_WORDS("gro",{
"ground":"85,2",
"group":"1d,3b,8,39,2;4w",
"groupe":"1d,a,2a,r;1d",
"groupes":"h,a,k,17,1c,2,1c,17,1,2,g,o,6,5,1,6;6f",
"groups":"2i,2s,2t,4"
});
