BRIEFINGS_SEARCH_WORDS("f",{
"f":"1n,4z,r,8;6m"
});
