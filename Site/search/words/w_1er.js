BRIEFINGS_SEARCH_WORDS("1er",{
"1er":"1,1i,d,m,b,1r,x,1q,7,4"
});
