BRIEFINGS_SEARCH_WORDS("sma",{
"small":"44,1h,26,8;44"
});
