BRIEFINGS_SEARCH_WORDS("few",{
"few":"7j"
});
