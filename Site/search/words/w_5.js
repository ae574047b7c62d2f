BRIEFINGS_SEARCH_WORDS("5",{
"5":"1,1,o,j,p,1,q,1,f,p,k,1u,1k,3,8,5;q,5i"
});
