BRIEFINGS_SEARCH_WORDS("equ",{
"equipe":"17,22,40",
"equiper":"39",
"equivalent":"3b"
});
