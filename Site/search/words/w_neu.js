BRIEFINGS_SEARCH_WORDS("neu",{
"neutralise":"7l",
"neutralised":"7d",
"neutraliser":"37,2r,1,1g",
"neutralite":"28"
});
