BRIEFINGS_SEARCH_WORDS("mod",{
"modalites":"79,9,9;79",
"mode":"1z"
});
