BRIEFINGS_SEARCH_WORDS("mej",{
"mejii":"28,3m,27;28,3m"
});
