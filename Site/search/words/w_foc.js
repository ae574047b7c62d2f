BRIEFINGS_SEARCH_WORDS("foc",{
"focus":"7c,4;7c"
});
