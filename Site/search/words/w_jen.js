BRIEFINGS_SEARCH_WORDS("jen",{
"jens":"1q,4k,12;1q"
});
