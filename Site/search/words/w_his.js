BRIEFINGS_SEARCH_WORDS("his",{
"his":"42,1k,13,l,4,6,2",
"histoire":"22"
});
