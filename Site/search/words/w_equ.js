BRIEFINGS_SEARCH_WORDS("equ",{
"equipe":"17,2o,3z",
"equiper":"3v",
"equivalent":"3x"
});
