BRIEFINGS_SEARCH_WORDS("ges",{
"geste":"39",
"gestion":"1o,5k"
});
