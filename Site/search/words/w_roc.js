BRIEFINGS_SEARCH_WORDS("roc",{
"rocket":"7m,7"
});
