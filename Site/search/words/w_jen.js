BRIEFINGS_SEARCH_WORDS("jen",{
"jens":"1q,4j,15;1q"
});
