BRIEFINGS_SEARCH_WORDS("gro",{
"ground":"7k,2",
"group":"1d,2p,8,3a,2;4a",
"groupe":"1d,a,1o,r;1d",
"groupes":"h,a,k,17,q,2,1d,17,1,2,g,o,6,5,1,6;5u",
"groups":"2i,27,2t,4"
});
