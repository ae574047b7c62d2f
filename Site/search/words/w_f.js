BRIEFINGS_SEARCH_WORDS("f",{
"f":"1n,58,s,8;6v"
});
