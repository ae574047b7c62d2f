BRIEFINGS_SEARCH_WORDS("cel",{
"celle":"77",
"celles":"3a,1w,29;56",
"celui":"3k,43"
});
