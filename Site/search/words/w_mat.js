BRIEFINGS_SEARCH_WORDS("mat",{
"material":"78",
"maternity":"7g",
"matin":"3e,1z,21,3,4,5;3e"
});
