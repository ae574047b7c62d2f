BRIEFINGS_SEARCH_WORDS("too",{
"took":"4q,2j,7;4q"
});
