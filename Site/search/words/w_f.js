BRIEFINGS_SEARCH_WORDS("f",{
"f":"1n,5i,r,8;75"
});
