BRIEFINGS_SEARCH_WORDS("now",{
"now":"42,33,8,6"
});
