BRIEFINGS_SEARCH_WORDS("sav",{
"savoir":"2i,14,4e",
"savons":"7z"
});
