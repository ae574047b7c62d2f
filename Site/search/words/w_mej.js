BRIEFINGS_SEARCH_WORDS("mej",{
"mejii":"27,36,2g;27,36"
});
