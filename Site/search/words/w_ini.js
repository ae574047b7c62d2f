BRIEFINGS_SEARCH_WORDS("ini",{
"initial":"7j",
"initiatives":"0"
});
