BRIEFINGS_SEARCH_WORDS("nau",{
"naufrage":"7u"
});
