BRIEFINGS_SEARCH_WORDS("wed",{
"wednesday":"4p,2,2,1,1,3a"
});
