BRIEFINGS_SEARCH_WORDS("cel",{
"celle":"78",
"celles":"3b,1w,29;57",
"celui":"2d,18,43"
});
