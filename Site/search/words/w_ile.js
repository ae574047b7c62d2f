BRIEFINGS_SEARCH_WORDS("ile",{
"ile":"79",
"iles":"1c,1v"
});
