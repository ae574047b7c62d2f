BRIEFINGS_SEARCH_WORDS("mat",{
"material":"7i",
"maternity":"7q",
"matin":"3f,24,25,3,4,5;3f"
});
