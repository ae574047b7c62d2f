BRIEFINGS_SEARCH_WORDS("his",{
"his":"47,1j,k,n,q,4,6,2;6a",
"histoire":"21"
});
