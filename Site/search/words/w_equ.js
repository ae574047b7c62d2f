BRIEFINGS_SEARCH_WORDS("equ",{
"equipe":"17,21,41",
"equiper":"38",
"equivalent":"3a"
});
