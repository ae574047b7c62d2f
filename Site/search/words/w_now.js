BRIEFINGS_SEARCH_WORDS("now",{
"now":"42,36,8,6"
});
