BRIEFINGS_SEARCH_WORDS("mod",{
"modalites":"79,a,9;79",
"mode":"1z"
});
