BRIEFINGS_SEARCH_WORDS("ago",{
"ago":"7x",
"agostini":"7j"
});
