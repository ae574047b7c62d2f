BRIEFINGS_SEARCH_WORDS("ago",{
"ago":"7w",
"agostini":"7i"
});
