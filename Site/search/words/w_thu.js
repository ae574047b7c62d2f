BRIEFINGS_SEARCH_WORDS("thu",{
"thursday":"4b,25,u,9"
});
