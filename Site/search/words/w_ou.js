BRIEFINGS_SEARCH_WORDS("ou",{
"ou":"1,f,1v,b,8,d,1,2,e,1u,4,i,1,8,j,l,1,1,3,1,2,4,5;64,s"
});
