BRIEFINGS_SEARCH_WORDS("bea",{
"beaucoup":"2c"
});
