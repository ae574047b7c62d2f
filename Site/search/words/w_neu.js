BRIEFINGS_SEARCH_WORDS("neu",{
"neutralise":"84",
"neutralised":"7w",
"neutraliser":"3u,2q,1,1d",
"neutralite":"29"
});
