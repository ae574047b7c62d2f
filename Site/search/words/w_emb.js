BRIEFINGS_SEARCH_WORDS("emb",{
"embargo":"0,2,x,q,2,f,m,8,8,2,l,2,5,14,1,1,8,8,m,17,1,1,4,5,1,6,1;3a,30,19,9,8"
});
