BRIEFINGS_SEARCH_WORDS("fun",{
"functioning":"7o,4",
"fund":"2y"
});
