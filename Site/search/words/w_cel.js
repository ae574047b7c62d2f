BRIEFINGS_SEARCH_WORDS("cel",{
"celle":"77",
"celles":"3b,1v,29;56",
"celui":"2d,18,42"
});
