BRIEFINGS_SEARCH_WORDS("sma",{
"small":"43,1h,24,8;43"
});
