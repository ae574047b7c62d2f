BRIEFINGS_SEARCH_WORDS("foc",{
"focus":"71,4;71"
});
