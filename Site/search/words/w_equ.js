BRIEFINGS_SEARCH_WORDS("equ",{
"equipe":"17,21,43",
"equiper":"38",
"equivalent":"3a"
});
