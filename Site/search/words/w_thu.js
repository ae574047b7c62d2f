BRIEFINGS_SEARCH_WORDS("thu",{
"thursday":"4g,2c,w,9"
});
