BRIEFINGS_SEARCH_WORDS("ini",{
"initial":"7r",
"initiatives":"0"
});
