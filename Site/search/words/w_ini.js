BRIEFINGS_SEARCH_WORDS("ini",{
"initial":"7i",
"initiatives":"0"
});
