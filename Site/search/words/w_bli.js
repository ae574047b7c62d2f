BRIEFINGS_SEARCH_WORDS("bli",{
"blindes":"86"
});
