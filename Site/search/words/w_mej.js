BRIEFINGS_SEARCH_WORDS("mej",{
"mejii":"28,30,27;28,30"
});
