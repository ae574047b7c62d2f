BRIEFINGS_SEARCH_WORDS("mod",{
"modalites":"70,9,9;70",
"mode":"1z"
});
