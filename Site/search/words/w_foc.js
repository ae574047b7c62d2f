BRIEFINGS_SEARCH_WORDS("foc",{
"focus":"7n,4;7n"
});
