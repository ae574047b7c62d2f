BRIEFINGS_SEARCH_WORDS("his",{
"his":"4o,1j,12,m,4,6,2",
"histoire":"22"
});
