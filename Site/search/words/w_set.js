BRIEFINGS_SEARCH_WORDS("set",{
"set":"7p,4,2",
"sets":"3v,3q",
"settlements":"7p"
});
