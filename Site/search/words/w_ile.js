BRIEFINGS_SEARCH_WORDS("ile",{
"ile":"78",
"iles":"1c,1v"
});
