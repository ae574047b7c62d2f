BRIEFINGS_SEARCH_WORDS("wed",{
"wednesday":"43,2,2,1,1,3a"
});
