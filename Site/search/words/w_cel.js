BRIEFINGS_SEARCH_WORDS("cel",{
"celle":"7l",
"celles":"3a,22,2h;5c",
"celui":"3l,4g"
});
