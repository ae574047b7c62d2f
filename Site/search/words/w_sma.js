BRIEFINGS_SEARCH_WORDS("sma",{
"small":"41,1k,24,8;41"
});
