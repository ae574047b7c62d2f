BRIEFINGS_SEARCH_WORDS("thu",{
"thursday":"4g,2b,w,9"
});
