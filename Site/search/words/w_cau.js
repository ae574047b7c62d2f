BRIEFINGS_SEARCH_WORDS("cau",{
"cause":"2",
"caused":"7g",
"causing":"43,3j"
});
