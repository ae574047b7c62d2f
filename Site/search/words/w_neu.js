BRIEFINGS_SEARCH_WORDS("neu",{
"neutralise":"7u",
"neutralised":"7m",
"neutraliser":"37,2x,1k",
"neutralite":"28"
});
