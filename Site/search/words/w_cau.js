BRIEFINGS_SEARCH_WORDS("cau",{
"cause":"2",
"caused":"7d",
"causing":"44,3f"
});
