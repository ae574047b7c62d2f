BRIEFINGS_SEARCH_WORDS("mat",{
"material":"7j",
"maternity":"7r",
"matin":"3f,24,26,3,4,5;3f"
});
