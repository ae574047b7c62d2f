BRIEFINGS_SEARCH_WORDS("cad",{
"cadre":"3w"
});
