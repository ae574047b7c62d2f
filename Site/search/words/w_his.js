BRIEFINGS_SEARCH_WORDS("his",{
"his":"41,1k,13,l,4,6,2",
"histoire":"21"
});
