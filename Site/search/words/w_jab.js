BRIEFINGS_SEARCH_WORDS("jab",{
"jabal":"1,36,47",
"jabhat":"1f"
});
