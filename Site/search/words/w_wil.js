BRIEFINGS_SEARCH_WORDS("wil",{
"will":"4m,2t,1,c;4m,2t",
"williams":"2c,g,i,25,t,q,i,4,5;2s,2n,t,q"
});
