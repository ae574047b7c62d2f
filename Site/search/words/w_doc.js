BRIEFINGS_SEARCH_WORDS("doc",{
"doctors":"23",
"document":"89",
"documente":"3x",
"documented":"85"
});
