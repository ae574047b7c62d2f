BRIEFINGS_SEARCH_WORDS("cau",{
"cause":"2",
"caused":"7e",
"causing":"44,3g"
});
