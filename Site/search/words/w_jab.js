BRIEFINGS_SEARCH_WORDS("jab",{
"jabal":"1,37,43",
"jabhat":"1f"
});
