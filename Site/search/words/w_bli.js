BRIEFINGS_SEARCH_WORDS("bli",{
"blindes":"3y,3y;3y"
});
