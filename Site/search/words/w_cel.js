BRIEFINGS_SEARCH_WORDS("cel",{
"celle":"7j",
"celles":"3a,22,2f;5c",
"celui":"3l,4e"
});
