BRIEFINGS_SEARCH_WORDS("ile",{
"ile":"7u",
"iles":"1c,1v"
});
