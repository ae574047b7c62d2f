BRIEFINGS_SEARCH_WORDS("now",{
"now":"43,32,8,6"
});
