BRIEFINGS_SEARCH_WORDS("aid",{
"aid":"1o,e,10,27,12,1o",
"aide":"0,o,6,7,g,7,5,18,2,s",
"aider":"7u"
});
