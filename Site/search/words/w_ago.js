BRIEFINGS_SEARCH_WORDS("ago",{
"ago":"7k",
"agostini":"76"
});
