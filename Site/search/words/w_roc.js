BRIEFINGS_SEARCH_WORDS("roc",{
"rocket":"7n,7"
});
