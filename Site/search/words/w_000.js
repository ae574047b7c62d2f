BRIEFINGS_SEARCH_WORDS("000",{
"000":"28,2,j,5,b,z,a,c,s,t,v,1,3,1,1,1,2,1,3;4i,c,s,t,z"
});
