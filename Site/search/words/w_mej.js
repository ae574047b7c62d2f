BRIEFINGS_SEARCH_WORDS("mej",{
"mejii":"27,30,28;27,30"
});
