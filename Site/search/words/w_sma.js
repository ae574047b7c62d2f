BRIEFINGS_SEARCH_WORDS("sma",{
"small":"41,1k,25,8;41"
});
