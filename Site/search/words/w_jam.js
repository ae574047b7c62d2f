BRIEFINGS_SEARCH_WORDS("jam",{
"jamais":"3a",
"james":"1n,6;1n"
});
