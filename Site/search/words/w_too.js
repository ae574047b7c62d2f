BRIEFINGS_SEARCH_WORDS("too",{
"took":"5c,2j,7;5c"
});
