BRIEFINGS_SEARCH_WORDS("doc",{
"doctors":"22",
"document":"80",
"documente":"3a",
"documented":"7w"
});
