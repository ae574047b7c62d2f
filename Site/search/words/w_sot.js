BRIEFINGS_SEARCH_WORDS("sot",{
"sotchi":"1,2k,j,5"
});
