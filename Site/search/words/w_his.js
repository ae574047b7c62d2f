BRIEFINGS_SEARCH_WORDS("his",{
"his":"44,1m,j,n,p,4,6,2;69",
"histoire":"21"
});
