BRIEFINGS_SEARCH_WORDS("roc",{
"rocket":"7d,7"
});
