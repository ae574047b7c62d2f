BRIEFINGS_SEARCH_WORDS("mej",{
"mejii":"28,31,27;28,31"
});
