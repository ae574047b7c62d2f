BRIEFINGS_SEARCH_WORDS("thu",{
"thursday":"4x,25,u,9"
});
