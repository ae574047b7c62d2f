BRIEFINGS_SEARCH_WORDS("jen",{
"jens":"1q,4j,12;1q"
});
