BRIEFINGS_SEARCH_WORDS("sav",{
"savoir":"2j,13,42",
"savons":"7n"
});
