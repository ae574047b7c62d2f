BRIEFINGS_SEARCH_WORDS("mat",{
"material":"75",
"maternity":"7d",
"matin":"3f,1y,1y,3,4,5;3f"
});
