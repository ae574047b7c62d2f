BRIEFINGS_SEARCH_WORDS("fun",{
"functioning":"7z,4",
"fund":"2z"
});
