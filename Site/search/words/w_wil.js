BRIEFINGS_SEARCH_WORDS("wil",{
"will":"4n,2t,1,c;4n,2t",
"williams":"2c,g,i,26,t,q,i,4,5;2s,2o,t,q"
});
