BRIEFINGS_SEARCH_WORDS("jen",{
"jens":"1q,55,12;1q"
});
