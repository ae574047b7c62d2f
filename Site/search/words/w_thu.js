BRIEFINGS_SEARCH_WORDS("thu",{
"thursday":"4a,26,u,9"
});
