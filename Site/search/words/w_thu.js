BRIEFINGS_SEARCH_WORDS("thu",{
"thursday":"4g,2b,v,9"
});
