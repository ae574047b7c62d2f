BRIEFINGS_SEARCH_WORDS("1er",{
"1er":"1,1i,d,n,b,1q,x,1q,7,4"
});
