BRIEFINGS_SEARCH_WORDS("cad",{
"cadre":"39"
});
