BRIEFINGS_SEARCH_WORDS("tai",{
"taille":"38",
"taire":"37,48"
});
