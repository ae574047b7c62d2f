BRIEFINGS_SEARCH_WORDS("neu",{
"neutralise":"7t",
"neutralised":"7l",
"neutraliser":"37,2w,1k",
"neutralite":"28"
});
