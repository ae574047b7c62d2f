BRIEFINGS_SEARCH_WORDS("sma",{
"small":"3z,1g,1y,8;3z"
});
