BRIEFINGS_SEARCH_WORDS("cau",{
"cause":"2",
"caused":"7o",
"causing":"48,3m"
});
