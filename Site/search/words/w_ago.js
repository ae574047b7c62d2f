BRIEFINGS_SEARCH_WORDS("ago",{
"ago":"7j",
"agostini":"75"
});
