BRIEFINGS_SEARCH_WORDS("foc",{
"focus":"7d,4;7d"
});
