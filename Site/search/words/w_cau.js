BRIEFINGS_SEARCH_WORDS("cau",{
"cause":"2",
"caused":"7r",
"causing":"49,3o"
});
