BRIEFINGS_SEARCH_WORDS("doc",{
"doctors":"22",
"document":"7y",
"documente":"3a",
"documented":"7u"
});
