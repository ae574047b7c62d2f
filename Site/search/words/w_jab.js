BRIEFINGS_SEARCH_WORDS("jab",{
"jabal":"1,36,4i",
"jabhat":"1f"
});
