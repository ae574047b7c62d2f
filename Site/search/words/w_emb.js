BRIEFINGS_SEARCH_WORDS("emb",{
"embargo":"0,2,x,q,2,f,m,8,8,2,f,5,2,12,1,1,8,8,1o,1,1,4,5,1,6,1;3a,k,3c,9,8"
});
