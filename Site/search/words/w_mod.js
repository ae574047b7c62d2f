BRIEFINGS_SEARCH_WORDS("mod",{
"modalites":"7k,8,9;7k",
"mode":"20"
});
