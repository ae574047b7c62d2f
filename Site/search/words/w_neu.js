BRIEFINGS_SEARCH_WORDS("neu",{
"neutralise":"7i",
"neutralised":"7a",
"neutraliser":"37,2r,1,1d",
"neutralite":"28"
});
