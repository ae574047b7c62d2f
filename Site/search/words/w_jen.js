BRIEFINGS_SEARCH_WORDS("jen",{
"jens":"1q,4s,16;1q"
});
