BRIEFINGS_SEARCH_WORDS("roc",{
"rocket":"7b,7"
});
