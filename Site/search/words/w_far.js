BRIEFINGS_SEARCH_WORDS("far",{
"far":"7n",
"farnesina":"1m"
});
