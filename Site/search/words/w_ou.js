BRIEFINGS_SEARCH_WORDS("ou",{
"ou":"1,f,1w,b,8,z,1,2,d,1p,5,i,1,4,f,m,1,1,3,1,2,4,5;6m"
});
