BRIEFINGS_SEARCH_WORDS("equ",{
"equipe":"17,21,4e",
"equiper":"38",
"equivalent":"3a"
});
