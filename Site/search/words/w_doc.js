BRIEFINGS_SEARCH_WORDS("doc",{
"doctors":"22",
"document":"81",
"documente":"3a",
"documented":"7x"
});
