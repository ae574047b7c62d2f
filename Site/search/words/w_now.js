BRIEFINGS_SEARCH_WORDS("now",{
"now":"4p,32,8,6"
});
