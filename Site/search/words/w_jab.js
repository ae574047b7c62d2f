BRIEFINGS_SEARCH_WORDS("jab",{
"jabal":"1,36,44",
"jabhat":"1f"
});
