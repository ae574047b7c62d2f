BRIEFINGS_SEARCH_WORDS("000",{
"000":"28,2,j,5,b,15,b,d,s,f,i,w,1,3,1,1,1,2,1,3;4e,b,d,s,x,10"
});
