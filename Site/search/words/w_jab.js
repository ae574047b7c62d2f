BRIEFINGS_SEARCH_WORDS("jab",{
"jabal":"1,36,4h",
"jabhat":"1f"
});
