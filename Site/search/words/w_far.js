BRIEFINGS_SEARCH_WORDS("far",{
"far":"7m",
"farnesina":"1m"
});
