BRIEFINGS_SEARCH_WORDS("ree",{
"reel":"3x",
"reelle":"3v"
});
