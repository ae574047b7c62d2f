BRIEFINGS_SEARCH_WORDS("doc",{
"doctors":"23",
"document":"7n",
"documente":"3b",
"documented":"7j"
});
