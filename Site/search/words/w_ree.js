BRIEFINGS_SEARCH_WORDS("ree",{
"reel":"3b",
"reelle":"39"
});
