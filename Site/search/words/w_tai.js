BRIEFINGS_SEARCH_WORDS("tai",{
"taille":"39",
"taire":"38,47"
});
