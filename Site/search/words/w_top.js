BRIEFINGS_SEARCH_WORDS("top",{
"top":"1n,4,d,2,j"
});
