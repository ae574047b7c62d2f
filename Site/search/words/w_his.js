BRIEFINGS_SEARCH_WORDS("his",{
"his":"43,1n,j,n,q,4,6,2;69",
"histoire":"21"
});
