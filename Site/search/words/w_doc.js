BRIEFINGS_SEARCH_WORDS("doc",{
"doctors":"22",
"document":"7q",
"documente":"3a",
"documented":"7m"
});
