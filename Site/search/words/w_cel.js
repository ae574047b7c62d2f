BRIEFINGS_SEARCH_WORDS("cel",{
"celle":"7t",
"celles":"3x,1v,29;5s",
"celui":"2d,1u,42"
});
