BRIEFINGS_SEARCH_WORDS("f",{
"f":"1n,59,s,8;6w"
});
