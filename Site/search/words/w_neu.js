BRIEFINGS_SEARCH_WORDS("neu",{
"neutralise":"7j",
"neutralised":"7b",
"neutraliser":"37,2p,1,1g",
"neutralite":"28"
});
