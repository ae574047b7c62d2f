BRIEFINGS_SEARCH_WORDS("ago",{
"ago":"7m",
"agostini":"78"
});
