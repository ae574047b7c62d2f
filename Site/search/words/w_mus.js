BRIEFINGS_SEARCH_WORDS("mus",{
"must":"4n,2q",
"mustafa":"28;28",
"mustapha":"28",
"musulmans":"1u"
});
