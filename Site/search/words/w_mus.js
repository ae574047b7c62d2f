BRIEFINGS_SEARCH_WORDS("mus",{
"must":"4r,2x",
"mustafa":"28;28",
"mustapha":"28",
"musulmans":"1u"
});
