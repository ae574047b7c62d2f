BRIEFINGS_SEARCH_WORDS("too",{
"took":"4o,2m,7;4o"
});
