BRIEFINGS_SEARCH_WORDS("cad",{
"cadre":"3a"
});
