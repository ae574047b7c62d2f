BRIEFINGS_SEARCH_WORDS("doc",{
"doctors":"22",
"document":"7z",
"documente":"3a",
"documented":"7v"
});
