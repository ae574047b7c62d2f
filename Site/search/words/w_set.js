BRIEFINGS_SEARCH_WORDS("set",{
"set":"7z,4,2",
"sets":"7v",
"settlements":"7z"
});
