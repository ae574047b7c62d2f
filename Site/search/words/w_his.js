BRIEFINGS_SEARCH_WORDS("his",{
"his":"46,1j,j,n,p,4,6,2;68",
"histoire":"21"
});
