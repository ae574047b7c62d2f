BRIEFINGS_SEARCH_WORDS("ile",{
"ile":"7m",
"iles":"1c,1u"
});
