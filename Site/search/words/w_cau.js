BRIEFINGS_SEARCH_WORDS("cau",{
"cause":"2",
"caused":"7p",
"causing":"46,3p"
});
