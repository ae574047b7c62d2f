BRIEFINGS_SEARCH_WORDS("wil",{
"will":"4n,2v,1,c;4n,2v",
"williams":"2c,g,i,26,u,q,j,4,5;2s,2o,u,q"
});
