BRIEFINGS_SEARCH_WORDS("sma",{
"small":"3y,1h,1y,8;3y"
});
