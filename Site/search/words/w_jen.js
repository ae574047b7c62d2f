BRIEFINGS_SEARCH_WORDS("jen",{
"jens":"1q,4r,15;1q"
});
