BRIEFINGS_SEARCH_WORDS("ile",{
"ile":"7b",
"iles":"1c,1u"
});
