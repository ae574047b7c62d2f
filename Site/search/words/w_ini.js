BRIEFINGS_SEARCH_WORDS("ini",{
"initial":"78",
"initiatives":"0"
});
