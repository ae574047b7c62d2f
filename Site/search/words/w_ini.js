BRIEFINGS_SEARCH_WORDS("ini",{
"initial":"75",
"initiatives":"0"
});
