BRIEFINGS_SEARCH_WORDS("roc",{
"rocket":"7w,7"
});
