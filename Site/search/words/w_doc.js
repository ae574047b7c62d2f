BRIEFINGS_SEARCH_WORDS("doc",{
"doctors":"23",
"document":"7o",
"documente":"3b",
"documented":"7k"
});
