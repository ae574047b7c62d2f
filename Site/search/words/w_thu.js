BRIEFINGS_SEARCH_WORDS("thu",{
"thursday":"4a,28,v,9"
});
