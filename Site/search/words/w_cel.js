BRIEFINGS_SEARCH_WORDS("cel",{
"celle":"7i",
"celles":"3a,21,2f;5b",
"celui":"3l,4d"
});
