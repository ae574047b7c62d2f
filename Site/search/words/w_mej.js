BRIEFINGS_SEARCH_WORDS("mej",{
"mejii":"27,36,2f;27,36"
});
