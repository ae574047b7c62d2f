BRIEFINGS_SEARCH_WORDS("f",{
"f":"1n,4y,q,8;6l"
});
