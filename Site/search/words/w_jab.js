BRIEFINGS_SEARCH_WORDS("jab",{
"jabal":"1,37,44",
"jabhat":"1f"
});
