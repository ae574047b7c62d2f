BRIEFINGS_SEARCH_WORDS("neu",{
"neutralise":"7i",
"neutralised":"7a",
"neutraliser":"38,2q,1,1d",
"neutralite":"29"
});
