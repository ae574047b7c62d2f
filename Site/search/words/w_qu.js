BRIEFINGS_SEARCH_WORDS("qu",{
"qu":"0,1,f,i,25,r,1,2,a,3,1,2,18,f,r,7,3,7,k,2,3,3,1,5,2,1;4a,1"
});
