BRIEFINGS_SEARCH_WORDS("auj",{
"aujourd":"88"
});
