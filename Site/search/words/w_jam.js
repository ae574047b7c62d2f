BRIEFINGS_SEARCH_WORDS("jam",{
"jamais":"3b",
"james":"1n,6;1n"
});
