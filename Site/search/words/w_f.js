BRIEFINGS_SEARCH_WORDS("f",{
"f":"1n,4x,r,8;6k"
});
