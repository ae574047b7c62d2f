BRIEFINGS_SEARCH_WORDS("jab",{
"jabal":"1,36,4g",
"jabhat":"1f"
});
