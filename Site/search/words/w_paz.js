BRIEFINGS_SEARCH_WORDS("paz",{
"pazarkule":"0,7u"
});
