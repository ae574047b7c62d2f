BRIEFINGS_SEARCH_WORDS("ile",{
"ile":"7j",
"iles":"1c,1u"
});
