BRIEFINGS_SEARCH_WORDS("mus",{
"must":"4s,2z",
"mustafa":"28;28",
"mustapha":"28",
"musulmans":"1u"
});
