BRIEFINGS_SEARCH_WORDS("too",{
"took":"4q,2m,7;4q"
});
