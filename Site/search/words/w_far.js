BRIEFINGS_SEARCH_WORDS("far",{
"far":"7d",
"farnesina":"1m"
});
