BRIEFINGS_SEARCH_WORDS("ini",{
"initial":"7g",
"initiatives":"0"
});
