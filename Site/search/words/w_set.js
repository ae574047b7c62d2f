BRIEFINGS_SEARCH_WORDS("set",{
"set":"7r,4,2",
"sets":"3v,2,3q;3x",
"settlements":"7r"
});
