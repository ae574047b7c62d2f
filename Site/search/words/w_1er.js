BRIEFINGS_SEARCH_WORDS("1er",{
"1er":"1,1i,d,n,b,2c,x,1q,7,4"
});
