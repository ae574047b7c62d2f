BRIEFINGS_SEARCH_WORDS("set",{
"set":"7g,4,2",
"sets":"7c",
"settlements":"7g"
});
