BRIEFINGS_SEARCH_WORDS("jab",{
"jabal":"1,36,4f",
"jabhat":"1f"
});
