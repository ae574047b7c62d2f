BRIEFINGS_SEARCH_WORDS("f",{
"f":"1n,58,r,8;6v"
});
