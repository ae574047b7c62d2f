BRIEFINGS_SEARCH_WORDS("feb",{
"feb":"4g,4,7,3,w,1q,4,4,3,1"
});
