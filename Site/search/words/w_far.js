BRIEFINGS_SEARCH_WORDS("far",{
"far":"7a",
"farnesina":"1m"
});
