BRIEFINGS_SEARCH_WORDS("set",{
"set":"7q,4,2",
"sets":"3v,3r",
"settlements":"7q"
});
