BRIEFINGS_SEARCH_WORDS("now",{
"now":"42,34,8,6"
});
