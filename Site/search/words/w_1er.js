BRIEFINGS_SEARCH_WORDS("1er",{
"1er":"1,1i,d,m,b,1w,2w,7,4"
});
