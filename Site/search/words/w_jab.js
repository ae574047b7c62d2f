BRIEFINGS_SEARCH_WORDS("jab",{
"jabal":"1,36,45",
"jabhat":"1f"
});
