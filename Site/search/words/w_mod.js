BRIEFINGS_SEARCH_WORDS("mod",{
"modalites":"6x,9,9;6x",
"mode":"1z"
});
