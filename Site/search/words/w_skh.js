BRIEFINGS_SEARCH_WORDS("skh",{
"skhirat":"14,7,3,g"
});
