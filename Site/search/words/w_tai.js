BRIEFINGS_SEARCH_WORDS("tai",{
"taille":"3v",
"taire":"3u,47"
});
