BRIEFINGS_SEARCH_WORDS("jam",{
"jamais":"3x",
"james":"1n,6;1n"
});
