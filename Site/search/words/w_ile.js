BRIEFINGS_SEARCH_WORDS("ile",{
"ile":"7k",
"iles":"1c,1u"
});
