BRIEFINGS_SEARCH_WORDS("boa",{
"boats":"7r"
});
