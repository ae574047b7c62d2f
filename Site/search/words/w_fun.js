BRIEFINGS_SEARCH_WORDS("fun",{
"functioning":"7e,4",
"fund":"2z"
});
