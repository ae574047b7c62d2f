BRIEFINGS_SEARCH_WORDS("boa",{
"boats":"75"
});
