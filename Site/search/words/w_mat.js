BRIEFINGS_SEARCH_WORDS("mat",{
"material":"7g",
"maternity":"7o",
"matin":"3f,23,24,3,4,5;3f"
});
