BRIEFINGS_SEARCH_WORDS("000",{
"000":"28,2,j,5,b,14,c,d,s,e,i,v,1,3,1,1,1,2,1,3;4d,c,d,s,w,z"
});
