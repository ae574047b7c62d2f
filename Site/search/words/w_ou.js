BRIEFINGS_SEARCH_WORDS("ou",{
"ou":"1,f,1v,b,8,d,1,2,e,1v,4,j,1,8,j,m,1,1,3,1,2,4,5;66,s"
});
