BRIEFINGS_SEARCH_WORDS("jab",{
"jabal":"1,3t,43",
"jabhat":"1f"
});
