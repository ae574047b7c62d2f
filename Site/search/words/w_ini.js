BRIEFINGS_SEARCH_WORDS("ini",{
"initial":"7h",
"initiatives":"0"
});
