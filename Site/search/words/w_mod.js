BRIEFINGS_SEARCH_WORDS("mod",{
"modalites":"79,a,9",
"mode":"1z"
});
