BRIEFINGS_SEARCH_WORDS("f",{
"f":"1n,4x,q,8;6k"
});
