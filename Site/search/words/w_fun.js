BRIEFINGS_SEARCH_WORDS("fun",{
"functioning":"7p,4",
"fund":"2y"
});
