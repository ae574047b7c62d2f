BRIEFINGS_SEARCH_WORDS("000",{
"000":"28,2,j,5,b,14,b,d,s,e,i,v,1,3,1,1,1,2,1,3;4d,b,d,s,w,z"
});
