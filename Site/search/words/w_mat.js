BRIEFINGS_SEARCH_WORDS("mat",{
"material":"76",
"maternity":"7e",
"matin":"3e,1x,21,3,4,5;3e"
});
