BRIEFINGS_SEARCH_WORDS("mej",{
"mejii":"27,35,2e;27,35"
});
