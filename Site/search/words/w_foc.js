BRIEFINGS_SEARCH_WORDS("foc",{
"focus":"7e,4;7e"
});
