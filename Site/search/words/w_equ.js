BRIEFINGS_SEARCH_WORDS("equ",{
"equipe":"17,22,3z",
"equiper":"39",
"equivalent":"3b"
});
