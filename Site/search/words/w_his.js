BRIEFINGS_SEARCH_WORDS("his",{
"his":"41,1h,13,p,4,6,2",
"histoire":"21"
});
