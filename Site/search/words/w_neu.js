BRIEFINGS_SEARCH_WORDS("neu",{
"neutralise":"7j",
"neutralised":"7b",
"neutraliser":"38,2r,1,1d",
"neutralite":"29"
});
