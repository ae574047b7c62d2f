BRIEFINGS_SEARCH_WORDS("qu",{
"qu":"0,1,f,i,24,5,1,2,b,3,1,2,7,17,f,v,7,4,b,j,2,3,3,1,5,2,1;3o,1"
});
