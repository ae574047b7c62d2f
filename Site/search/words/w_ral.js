BRIEFINGS_SEARCH_WORDS("ral",{
"ralentissement":"3w"
});
