BRIEFINGS_SEARCH_WORDS("sot",{
"sotchi":"1,2l,j,r"
});
