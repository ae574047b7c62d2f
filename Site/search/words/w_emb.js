BRIEFINGS_SEARCH_WORDS("emb",{
"embargo":"0,2,x,q,2,f,m,8,8,2,l,6,14,1,1,8,8,l,16,1,1,4,5,1,6,1;3a,2y,18,9,8"
});
