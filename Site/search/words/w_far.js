BRIEFINGS_SEARCH_WORDS("far",{
"far":"7o",
"farnesina":"1m"
});
