BRIEFINGS_SEARCH_WORDS("foc",{
"focus":"74,4;74"
});
