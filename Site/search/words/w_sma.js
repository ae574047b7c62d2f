BRIEFINGS_SEARCH_WORDS("sma",{
"small":"3y,1h,21,8;3y"
});
