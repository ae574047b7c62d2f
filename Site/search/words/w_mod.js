BRIEFINGS_SEARCH_WORDS("mod",{
"modalites":"6y,8,9;6y",
"mode":"20"
});
