BRIEFINGS_SEARCH_WORDS("ago",{
"ago":"7u",
"agostini":"7g"
});
