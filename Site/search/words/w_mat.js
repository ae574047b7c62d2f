BRIEFINGS_SEARCH_WORDS("mat",{
"material":"7h",
"maternity":"7p",
"matin":"3f,24,24,3,4,5;3f"
});
