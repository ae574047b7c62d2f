BRIEFINGS_SEARCH_WORDS("thu",{
"thursday":"4f,2b,v,9"
});
