BRIEFINGS_SEARCH_WORDS("jen",{
"jens":"1q,4s,15;1q"
});
