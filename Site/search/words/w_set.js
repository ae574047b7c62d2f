BRIEFINGS_SEARCH_WORDS("set",{
"set":"7o,4,2",
"sets":"3v,3p",
"settlements":"7o"
});
