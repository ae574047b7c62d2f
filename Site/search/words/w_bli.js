BRIEFINGS_SEARCH_WORDS("bli",{
"blindes":"40,3v;40"
});
