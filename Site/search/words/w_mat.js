BRIEFINGS_SEARCH_WORDS("mat",{
"material":"76",
"maternity":"7e",
"matin":"3f,1z,1y,3,4,5;3f"
});
