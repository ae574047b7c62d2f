BRIEFINGS_SEARCH_WORDS("equ",{
"equipe":"17,21,40",
"equiper":"38",
"equivalent":"3a"
});
