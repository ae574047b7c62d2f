BRIEFINGS_SEARCH_WORDS("000",{
"000":"29,2,j,5,x,z,b,c,l,y,u,1,3,1,1,1,2,1,3;56,c,l,1w"
});
