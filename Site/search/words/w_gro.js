BRIEFINGS_SEARCH_WORDS("gro",{
"ground":"7j,2",
"group":"1d,2p,8,39,2;4a",
"groupe":"1d,a,1o,r;1d",
"groupes":"h,a,k,17,q,2,1c,17,1,2,g,o,6,5,1,6;5t",
"groups":"2i,26,2t,4"
});
