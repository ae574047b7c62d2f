BRIEFINGS_SEARCH_WORDS("mod",{
"modalites":"78,9,9;78",
"mode":"1z"
});
