BRIEFINGS_SEARCH_WORDS("set",{
"set":"7d,4,2",
"sets":"79",
"settlements":"7d"
});
