BRIEFINGS_SEARCH_WORDS("mod",{
"modalites":"6y,9,9;6y",
"mode":"1z"
});
