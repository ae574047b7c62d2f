BRIEFINGS_SEARCH_WORDS("sav",{
"savoir":"2i,14,4f",
"savons":"80"
});
