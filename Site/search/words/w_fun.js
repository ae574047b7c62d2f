BRIEFINGS_SEARCH_WORDS("fun",{
"functioning":"7g,4",
"fund":"2y"
});
