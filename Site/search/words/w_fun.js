BRIEFINGS_SEARCH_WORDS("fun",{
"functioning":"7d,4",
"fund":"2z"
});
