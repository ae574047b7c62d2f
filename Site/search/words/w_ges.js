BRIEFINGS_SEARCH_WORDS("ges",{
"geste":"38",
"gestion":"1o,5k"
});
