BRIEFINGS_SEARCH_WORDS("mod",{
"modalites":"6z,8,9;6z",
"mode":"20"
});
