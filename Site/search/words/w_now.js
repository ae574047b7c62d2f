BRIEFINGS_SEARCH_WORDS("now",{
"now":"43,33,8,6"
});
