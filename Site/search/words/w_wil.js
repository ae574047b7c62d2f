BRIEFINGS_SEARCH_WORDS("wil",{
"will":"4n,2u,1,c;4n,2u",
"williams":"2c,g,i,26,t,q,j,4,5;2s,2o,t,q"
});
