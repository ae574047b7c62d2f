BRIEFINGS_SEARCH_WORDS("gym",{
"gymnich":"0"
});
