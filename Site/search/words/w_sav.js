BRIEFINGS_SEARCH_WORDS("sav",{
"savoir":"2j,13,41",
"savons":"7m"
});
