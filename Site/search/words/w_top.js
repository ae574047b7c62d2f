BRIEFINGS_SEARCH_WORDS("top",{
"top":"1n,4,c,2,j"
});
