BRIEFINGS_SEARCH_WORDS("ile",{
"ile":"7l",
"iles":"1c,1u"
});
