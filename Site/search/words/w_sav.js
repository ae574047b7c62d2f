BRIEFINGS_SEARCH_WORDS("sav",{
"savoir":"2i,13,43",
"savons":"7n"
});
