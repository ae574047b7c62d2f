BRIEFINGS_SEARCH_WORDS("too",{
"took":"4r,2j,7;4r"
});
