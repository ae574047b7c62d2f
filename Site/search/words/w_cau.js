BRIEFINGS_SEARCH_WORDS("cau",{
"cause":"2",
"caused":"7z",
"causing":"4q,3f"
});
