BRIEFINGS_SEARCH_WORDS("doc",{
"doctors":"22",
"document":"7o",
"documente":"3a",
"documented":"7k"
});
