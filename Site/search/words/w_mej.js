BRIEFINGS_SEARCH_WORDS("mej",{
"mejii":"27,36,2e;27,36"
});
