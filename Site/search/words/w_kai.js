BRIEFINGS_SEARCH_WORDS("kai",{
"kais":"2x"
});
