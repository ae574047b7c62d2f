BRIEFINGS_SEARCH_WORDS("auj",{
"aujourd":"7n"
});
