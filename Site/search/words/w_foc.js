BRIEFINGS_SEARCH_WORDS("foc",{
"focus":"72,4;72"
});
