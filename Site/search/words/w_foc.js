BRIEFINGS_SEARCH_WORDS("foc",{
"focus":"7f,4;7f"
});
