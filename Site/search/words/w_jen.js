BRIEFINGS_SEARCH_WORDS("jen",{
"jens":"1q,4h,15;1q"
});
