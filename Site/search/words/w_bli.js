BRIEFINGS_SEARCH_WORDS("bli",{
"blindes":"41,3x;41"
});
