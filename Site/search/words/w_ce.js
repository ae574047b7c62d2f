BRIEFINGS_SEARCH_WORDS("ce",{
"ce":"0,1,1,1d,13,n,p,1,1,1,d,1,4,17,1o,k,7,5,2,1;3v,f,1,2z"
});
