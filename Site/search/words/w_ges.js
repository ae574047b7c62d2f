BRIEFINGS_SEARCH_WORDS("ges",{
"geste":"3v",
"gestion":"1o,66"
});
