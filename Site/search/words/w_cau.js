BRIEFINGS_SEARCH_WORDS("cau",{
"cause":"2",
"caused":"7q",
"causing":"46,3q"
});
