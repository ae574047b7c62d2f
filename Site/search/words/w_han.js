BRIEFINGS_SEARCH_WORDS("han",{
"hands":"7j"
});
