BRIEFINGS_SEARCH_WORDS("far",{
"far":"7l",
"farnesina":"1m"
});
