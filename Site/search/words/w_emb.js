BRIEFINGS_SEARCH_WORDS("emb",{
"embargo":"0,2,x,q,2,g,m,8,u,2,f,5,2,13,1,1,8,9,1k,1,1,4,5,1,6,1;3x,k,1f,1v,9,8"
});
