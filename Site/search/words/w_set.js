BRIEFINGS_SEARCH_WORDS("set",{
"set":"7e,4,2",
"sets":"7a",
"settlements":"7e"
});
