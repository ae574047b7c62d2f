BRIEFINGS_SEARCH_WORDS("kas",{
"kastanies":"0,7u"
});
