BRIEFINGS_SEARCH_WORDS("doc",{
"doctors":"22",
"document":"7n",
"documente":"3a",
"documented":"7j"
});
