BRIEFINGS_SEARCH_WORDS("ago",{
"ago":"85",
"agostini":"7r"
});
