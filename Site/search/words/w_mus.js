BRIEFINGS_SEARCH_WORDS("mus",{
"must":"59,2q",
"mustafa":"29;29",
"mustapha":"29",
"musulmans":"1u"
});
