BRIEFINGS_SEARCH_WORDS("cel",{
"celle":"7a",
"celles":"3a,1w,2c;56",
"celui":"3k,46"
});
