BRIEFINGS_SEARCH_WORDS("roc",{
"rocket":"7l,7"
});
