BRIEFINGS_SEARCH_WORDS("thu",{
"thursday":"4b,26,u,9"
});
