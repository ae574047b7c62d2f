BRIEFINGS_SEARCH_WORDS("ras",{
"ras":"2",
"rassurer":"3v"
});
