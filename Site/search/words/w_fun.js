BRIEFINGS_SEARCH_WORDS("fun",{
"functioning":"7q,4",
"fund":"2y"
});
