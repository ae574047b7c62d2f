BRIEFINGS_SEARCH_WORDS("jen",{
"jens":"1q,4t,16;1q"
});
