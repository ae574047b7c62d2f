BRIEFINGS_SEARCH_WORDS("neu",{
"neutralise":"7w",
"neutralised":"7o",
"neutraliser":"37,2x,1,1l",
"neutralite":"28"
});
