BRIEFINGS_SEARCH_WORDS("sav",{
"savoir":"2i,13,45",
"savons":"7p"
});
