BRIEFINGS_SEARCH_WORDS("sai",{
"said":"3z,n,1,6,2,1,d,1,1,3,2,1,k,1,1,4,5,m,2,1,1,3,2,j,1,4,1,3,3,1,2,2;3z,n,9,1,d,1,1,3,n,6,5,o,2,3,2",
"saied":"2x",
"sait":"3v"
});
