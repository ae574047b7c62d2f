BRIEFINGS_SEARCH_WORDS("roc",{
"rocket":"7a,7"
});
