BRIEFINGS_SEARCH_WORDS("wav",{
"wave":"7w"
});
