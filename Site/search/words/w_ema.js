BRIEFINGS_SEARCH_WORDS("ema",{
"emaillee":"80"
});
