BRIEFINGS_SEARCH_WORDS("ree",{
"reel":"3a",
"reelle":"38"
});
