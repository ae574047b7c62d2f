BRIEFINGS_SEARCH_WORDS("mej",{
"mejii":"27,30,2b;27,30"
});
