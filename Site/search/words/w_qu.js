BRIEFINGS_SEARCH_WORDS("qu",{
"qu":"0,1,f,i,25,5,1,2,a,3,1,2,19,f,r,7,3,8,j,2,3,3,1,5,2,1;3o,1"
});
