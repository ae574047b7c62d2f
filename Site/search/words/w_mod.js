BRIEFINGS_SEARCH_WORDS("mod",{
"modalites":"7b,9,9;7b",
"mode":"1z"
});
