BRIEFINGS_SEARCH_WORDS("ou",{
"ou":"1,f,1v,b,8,d,1,2,d,1o,4,j,1,4,j,l,1,1,3,1,2,4,5;5y"
});
