BRIEFINGS_SEARCH_WORDS("sav",{
"savoir":"2j,1p,41",
"savons":"88"
});
