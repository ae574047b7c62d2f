BRIEFINGS_SEARCH_WORDS("neu",{
"neutralise":"7v",
"neutralised":"7n",
"neutraliser":"37,2x,1l",
"neutralite":"28"
});
