BRIEFINGS_SEARCH_WORDS("5",{
"5":"1,1,o,j,p,1,q,1,f,3,k,1u,1k,3,8,5;q,4w"
});
