BRIEFINGS_SEARCH_WORDS("roc",{
"rocket":"7o,7"
});
