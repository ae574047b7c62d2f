BRIEFINGS_SEARCH_WORDS("far",{
"far":"7w",
"farnesina":"1m"
});
