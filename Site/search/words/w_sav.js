BRIEFINGS_SEARCH_WORDS("sav",{
"savoir":"2i,13,42",
"savons":"7m"
});
