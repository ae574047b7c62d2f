BRIEFINGS_SEARCH_WORDS("fun",{
"functioning":"7r,4",
"fund":"2y"
});
