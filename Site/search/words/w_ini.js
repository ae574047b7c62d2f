BRIEFINGS_SEARCH_WORDS("ini",{
"initial":"76",
"initiatives":"0"
});
