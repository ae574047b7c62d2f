BRIEFINGS_SEARCH_WORDS("1er",{
"1er":"1,1i,d,m,b,1v,2u,7,4"
});
