BRIEFINGS_SEARCH_WORDS("far",{
"far":"7b",
"farnesina":"1m"
});
