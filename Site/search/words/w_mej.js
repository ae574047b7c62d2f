BRIEFINGS_SEARCH_WORDS("mej",{
"mejii":"27,2y,2b;27,2y"
});
